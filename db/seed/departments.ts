/** The demo company's departments and what each of them handles. */
import { LAPTOPS_AND_PCS, MOBILE_DEVICES, OFFICE_EQUIPMENT, type Bilingual, type DeviceKind } from './catalog-repairs';

export interface DepartmentSeed {
  name: string;
  description: string;
  email: string;
  phone: string;
  /** Repairs it takes; empty for a department that only answers questions. */
  devices: readonly DeviceKind[];
  /** Share of all incoming tickets. */
  weight: number;
  /** Share of its own tickets that are consultations rather than repairs. */
  consultationShare: number;
}

// A Russian service center: its departments are named in Russian whatever the language of the
// interface (English-speaking clients are served by the same departments).
export const DEPARTMENTS: readonly DepartmentSeed[] = [
  {
    name: 'Ремонт ноутбуков и ПК',
    description: 'Диагностика и ремонт ноутбуков, системных блоков и моноблоков.',
    email: 'pc@service-desk.example',
    phone: '+74950000101',
    devices: LAPTOPS_AND_PCS,
    weight: 36,
    consultationShare: 0.05,
  },
  {
    name: 'Мобильные устройства',
    description: 'Смартфоны и планшеты: экраны, аккумуляторы, разъёмы, ремонт плат.',
    email: 'mobile@service-desk.example',
    phone: '+74950000102',
    devices: MOBILE_DEVICES,
    weight: 36,
    consultationShare: 0.05,
  },
  {
    name: 'Консультации',
    description: 'Ответы на вопросы клиентов по телефону, почте и в мессенджерах.',
    email: 'help@service-desk.example',
    phone: '+74950000103',
    devices: [],
    weight: 13,
    consultationShare: 1,
  },
  {
    name: 'Принтеры и оргтехника',
    description: 'Принтеры, МФУ и сканеры — в мастерской и с выездом в офис.',
    email: 'office@service-desk.example',
    phone: '+74950000104',
    devices: OFFICE_EQUIPMENT,
    weight: 15,
    consultationShare: 0.05,
  },
];

export const POSITIONS: Record<'admin' | 'manager' | 'technician', readonly Bilingual[]> = {
  admin: [{ ru: 'Администратор системы', en: 'System administrator' }],
  manager: [
    { ru: 'Руководитель отдела', en: 'Head of department' },
    { ru: 'Менеджер по работе с клиентами', en: 'Customer service manager' },
  ],
  technician: [
    { ru: 'Инженер сервисного центра', en: 'Service engineer' },
    { ru: 'Старший инженер', en: 'Senior engineer' },
    { ru: 'Мастер по ремонту', en: 'Repair technician' },
    { ru: 'Специалист поддержки', en: 'Support specialist' },
  ],
};

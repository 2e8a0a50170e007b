/** The three sign-ins the seed always creates and prints (SPEC §7). */
import type { Role } from '@/lib/domain/enums';

export const DEMO_PASSWORD = 'demo-password';

export interface DemoAccount {
  email: string;
  role: Role;
  fullName: string;
  position: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.test', role: 'admin', fullName: 'Елена Смирнова', position: 'Администратор системы' },
  { email: 'manager@demo.test', role: 'manager', fullName: 'Дмитрий Орлов', position: 'Руководитель отдела' },
  { email: 'tech@demo.test', role: 'technician', fullName: 'Иван Петров', position: 'Инженер сервисного центра' },
];

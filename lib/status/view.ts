import { STATUSES, type Status } from '@/lib/domain/enums';

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** "Laptop Lenovo ThinkPad T14", or null when nothing about the device was recorded. */
export function deviceLine(device: { deviceType: string | null; brand: string | null; model: string | null }): string | null {
  const parts = [device.deviceType, device.brand, device.model].map((p) => p?.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : null;
}

import axios from 'axios';
import type { DeviceInventoryReport } from './inventory';

const EVENTS_API = 'https://events.it-rays.pro/v2';

/** Forwards a report to the platform's own event pipeline. */
export async function ingestReport(orgId: string, report: DeviceInventoryReport): Promise<void> {
  await axios.post(`${EVENTS_API}/inventory`, { orgId, hostname: report.hostname, serial: report.serialNumber, mac: report.macAddress });
}

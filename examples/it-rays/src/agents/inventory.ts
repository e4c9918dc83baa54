/** What the endpoint agent reports every 15 minutes. */
export interface DeviceInventoryReport {
  deviceId: string;
  hostname: string;
  os: string;
  osVersion: string;
  cpuModel: string;
  memoryMb: number;
  serialNumber: string;
  macAddress: string;
  lastBootAt: string;
  /** Reported by laptops with a GPS module, for the "find my device" feature. */
  gpsLocation?: { latitude: number; longitude: number };
  loggedInUser: string;
}

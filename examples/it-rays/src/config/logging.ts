/** Log retention of the device management pipeline, in days (agent check-ins, remote sessions). */
export const DEVICE_LOG_RETENTION_DAYS = Number(process.env.DEVICE_LOG_RETENTION_DAYS ?? 180);

export const loggingConfig = {
  agentLogs: { path: '/var/log/it-rays/agents', retentionDays: DEVICE_LOG_RETENTION_DAYS },
};

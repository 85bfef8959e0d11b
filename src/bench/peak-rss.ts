/** The process's peak resident memory so far, in MiB, as the kernel counts it (no sampling gaps). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

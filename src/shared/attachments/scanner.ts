/**
 * The virus-scan hook (病毒扫描): every uploaded file passes `scan` before it is stored. The default
 * scans nothing; a deployment plugs in its scanner (ClamAV's clamd, a vendor's API) by implementing
 * this interface and choosing it in `scannerFor`. `eicar` refuses the industry test string, to
 * prove the hook is wired without a real engine (ATTACHMENT_SCANNER=eicar).
 */
export type ScanVerdict = { clean: true } | { clean: false; reason: string };

export interface VirusScanner {
  readonly name: string;
  scan(bytes: Buffer, fileName: string): Promise<ScanVerdict>;
}

export const noScanner: VirusScanner = {
  name: 'none',
  scan: async () => ({ clean: true }),
};

/** The EICAR anti-virus test file's signature (harmless by design; every engine detects it). */
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export const eicarScanner: VirusScanner = {
  name: 'eicar',
  scan: async (bytes) => (bytes.includes(EICAR, 0, 'latin1') ? { clean: false, reason: 'EICAR test signature found' } : { clean: true }),
};

export function scannerFor(setting: 'none' | 'eicar'): VirusScanner {
  return setting === 'eicar' ? eicarScanner : noScanner;
}

// Pure, so that input validation can use it without loading the installer.
/** A 40-hex-digit OpenPGP v4 fingerprint, as users paste it (spaces allowed), in upper case. */
export function parseFingerprint(value: string): string | undefined {
  const hex = value.replace(/\s+/g, '').toUpperCase()
  return /^[0-9A-F]{40}$/.test(hex) ? hex : undefined
}

/**
 * Keys of the values main hands to post through `core.saveState`. Main saves
 * each one before the effect it describes, so a main step that dies half-way
 * still tells post what to undo.
 */
export enum State {
  /** JSON list of the home directories the action may create (owned-paths.ts) that did not exist before it ran. */
  AbsentDirs = 'absent-dirs',
  /** JSON list of files the apt install method added under /etc and /usr/share. */
  SystemFiles = 'system-files',
  /** The action's own temporary directory (the opa-ssh launcher, sft's private state). */
  TempDir = 'temp-dir',
  /** The sft binary, so post can log it out. */
  SftPath = 'sft-path',
  /** JSON {file, created}: the ssh-config block post removes. */
  SshConfig = 'ssh-config',
  /** JSON {principal, account, issuedAt}: what post needs for the audit trail. */
  Audit = 'audit',
  /** "true" when main already reported the live events (one-step mode). */
  AuditReported = 'audit-reported',
  /** "true" once OPA_TOKEN has been written to GITHUB_ENV. */
  TokenExported = 'token-exported'
}

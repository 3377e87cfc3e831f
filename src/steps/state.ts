/**
 * Keys of the values main hands to post through `core.saveState`. Main saves
 * each one before the effect it describes, so a main step that dies half-way
 * still tells post what to undo.
 */
export enum State {
  /** JSON list: the directory of the ssh config file, when it did not exist before the action ran. */
  AbsentDirs = 'absent-dirs',
  /** JSON list of files the apt install method added under /etc and /usr/share. */
  SystemFiles = 'system-files',
  /** The action's own temporary directory (the opa-ssh launcher, sft's private state). */
  TempDir = 'temp-dir',
  /** The sft binary, so post can log it out. */
  SftPath = 'sft-path',
  /** JSON {file, created}: the file main added this job's block to, recorded at main (not HOME at post). */
  SshConfig = 'ssh-config',
  /** JSON list of what main removed that jobs which ended without their post step had left. */
  GoneJobs = 'gone-jobs',
  /** JSON {principal, account, issuedAt}: what post needs for the audit trail. */
  Audit = 'audit',
  /** "true" when main already reported the live events (one-step mode). */
  AuditReported = 'audit-reported',
  /** "true" once OPA_TOKEN has been written to GITHUB_ENV. */
  TokenExported = 'token-exported'
}

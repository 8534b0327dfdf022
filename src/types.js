// Typed records passed between pipeline stages. Each stage consumes and produces these; no stage reaches
// into another's internals. Stage folders: ingest → clean → time → actors → events → merge → store → cli/serve.
export {};

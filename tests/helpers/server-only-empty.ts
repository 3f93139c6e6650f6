// `server-only` throws when imported outside a React Server Component bundle; the use cases are
// plain server code, so integration tests load them through this empty module instead.
export {};

/** A record that does not exist or lies outside the actor's scope: the two look the same on purpose. */
export class NotFoundError extends Error {
  constructor(readonly entity: string) {
    super(`${entity} not found`);
    this.name = 'NotFoundError';
  }
}

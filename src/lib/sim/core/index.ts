export * from './rng';
export * from './ids';
export * from './hash';
export * from './model';
export * from './timeline';
export * from './check';

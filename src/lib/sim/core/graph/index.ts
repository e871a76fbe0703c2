export * from './csr';
export * from './degree';
export * from './clustering';
export * from './paths';
export * from './components';
export * from './unionFind';
export * from './reference';

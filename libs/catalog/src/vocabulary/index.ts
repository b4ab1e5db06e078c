export * from './cooperation-modes';
export * from './listing-states';
export * from './maturity';
export * from './patent-number';

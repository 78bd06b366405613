// What the pure tests use of @open-wc/testing, in Node (see register.js).
export { expect } from 'chai';

// PixiJS's package exports `pixi.js/unsafe-eval` (a side-effect module) without a `types` condition.
declare module 'pixi.js/unsafe-eval';

/**
 * The demuxing parts of mediabunny the engine's own media reader uses (imported with `import()`, so
 * hosts with a browser layer never load it; named one by one so a bundle keeps only these).
 */
export { BufferSource, Input, MP3, MP4, OGG, QTFF, WAVE, WEBM } from 'mediabunny';

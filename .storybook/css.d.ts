// Vite imports CSS files for their side effects.
declare module '*.css';

import { browserSuite } from './suite.mjs';

browserSuite('chromium');

import { browserSuite } from './suite.mjs';

browserSuite('firefox');

import { checkLabelledPages, type Floor, loadPages } from './labelledPages';

/**
 * Floors on six zyte pages the engine was not first tuned on (test/fixtures/claims-heldout: the
 * paragraphs of each page's ground-truth body, labelled by hand for this project, see each file's
 * `source` and `notes`). Before any change for them the engine reached P 0.883, R 0.831; the
 * general fixes made after studying their errors brought it to the floors below, so these pages
 * are no longer held out: they guard those fixes against regressions.
 */
const FLOORS: Record<string, Floor> = {
  '06e5123e': { matched: 12, speakers: 12, kinds: 11, predicted: 12 },
  '7a664e40': { matched: 33, speakers: 33, kinds: 33, predicted: 34 },
  '7de52419': { matched: 22, speakers: 22, kinds: 21, predicted: 23 },
  '961bd85c': { matched: 6, speakers: 6, kinds: 6, predicted: 6 },
  ea25dd7e: { matched: 24, speakers: 24, kinds: 24, predicted: 24 },
  eecd2575: { matched: 16, speakers: 16, kinds: 16, predicted: 16 },
};

const pages = loadPages('claims-heldout');

checkLabelledPages('claims on the held-out pages', pages, FLOORS, {
  precision: 0.97,
  recall: 0.93,
  speakers: 0.98,
  kinds: 0.97,
});

import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** A minimal stand-in for @testing-library/react: render into jsdom, query by test id, wait. */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export async function render(ui: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(ui));
  return {
    container,
    all: (testId: string) => [
      ...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`),
    ],
    one: (testId: string) => {
      const found = container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
      if (!found) throw new Error(`no element with data-testid="${testId}"`);
      return found;
    },
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Retries `assertion` while letting React and IndexedDB make progress, for up to two seconds. */
export async function waitFor(assertion: () => void, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 15)));
    }
  }
}

export async function click(element: Element) {
  await act(async () => {
    (element as HTMLElement).click();
  });
}

/** Types into an input or picks a select option the way React listens for it. */
export async function change(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  await act(async () => {
    setter?.call(element, value);
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

export async function chooseFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

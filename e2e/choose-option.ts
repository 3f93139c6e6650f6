import { expect, type Locator } from '@playwright/test';

/** Picks the option whose text contains `text` (option labels carry titles and units too). */
export async function chooseOption(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  expect(value, `an option containing "${text}"`).toBeTruthy();
  await select.selectOption(value!);
}

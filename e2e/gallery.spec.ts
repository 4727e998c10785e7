import { expect, test, uniqueTitle } from './fixtures.ts';
import type { TemplateName } from './pages/HomePage.ts';

const TEMPLATES: TemplateName[] = [
  'Blank map',
  'E-commerce first purchase',
  'SaaS onboarding',
  'Support issue resolution',
  'Bank refinancing',
  'Support ticket (observed)',
];

test('new maps start from a gallery: a thumbnail per template, a preview, nothing made until asked', async ({
  alice,
}) => {
  const { home, page } = alice;
  await home.goto();

  await test.step('one tile per template, blank first, each with a picture of its map', async () => {
    const tiles = home.templateGallery.getByRole('radio');
    await expect(tiles).toHaveCount(TEMPLATES.length);
    await expect(tiles.first()).toHaveAccessibleName('Blank map');
    for (const name of TEMPLATES) {
      await expect(
        home.template(name).getByRole('img', { name: `Preview of ${name}` }),
      ).toBeVisible();
    }
    await expect(home.template('Blank map')).toBeChecked();
  });

  await test.step('choosing a template previews its stages before anything is created', async () => {
    const maps = await page.getByRole('link').count();
    await home.template('Bank refinancing').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(home.template('Support issue resolution')).toBeChecked();
    await home.template('E-commerce first purchase').click();
    const preview = page.getByRole('region', { name: 'Preview: E-commerce first purchase' });
    await expect(preview).toContainText('Awareness → Consideration → Purchase');
    await expect(preview).toContainText(/6 stages · \d+ cards/);
    await expect(page.getByRole('link')).toHaveCount(maps);
  });

  await test.step('Create map makes the chosen one', async () => {
    const title = uniqueTitle('From the gallery');
    await home.createMap(title, 'SaaS onboarding');
    await expect(alice.map.stage('Sign-up')).toBeVisible();
  });
});

import { expect, type Locator, type Page } from '@playwright/test';
import { CanvasCamera } from './CanvasCamera.ts';

export type TimerMinutes = 1 | 3 | 5 | 10 | 15;

/**
 * Workshop mode on one screen: the facilitator's "Present" button and presenter controls,
 * the banner participants see while someone presents, and the shared countdown.
 */
export class Workshop {
  readonly presentButton: Locator;
  readonly controls: Locator;
  readonly previousStage: Locator;
  readonly nextStage: Locator;
  readonly timerMinutes: Locator;
  readonly startTimer: Locator;
  readonly stopTimer: Locator;
  readonly startVote: Locator;
  readonly stopPresenting: Locator;
  /** The countdown, wherever it shows (presenter controls or the participants' banner). */
  readonly timer: Locator;
  readonly stopFollowing: Locator;
  readonly rejoin: Locator;
  readonly camera: CanvasCamera;

  constructor(readonly page: Page) {
    this.presentButton = page.getByRole('button', { name: 'Present', exact: true });
    this.controls = page.getByRole('region', { name: 'Presenter controls', exact: true });
    this.previousStage = this.controls.getByRole('button', { name: 'Previous stage', exact: true });
    this.nextStage = this.controls.getByRole('button', { name: 'Next stage', exact: true });
    this.timerMinutes = this.controls.getByRole('combobox', { name: 'Timer minutes', exact: true });
    this.startTimer = this.controls.getByRole('button', { name: 'Start timer', exact: true });
    this.stopTimer = this.controls.getByRole('button', { name: 'Stop timer', exact: true });
    this.startVote = this.controls.getByRole('button', { name: 'Start a vote', exact: true });
    this.stopPresenting = this.controls.getByRole('button', {
      name: 'Stop presenting',
      exact: true,
    });
    this.timer = page.getByRole('timer');
    this.stopFollowing = page.getByRole('button', { name: 'Stop following', exact: true });
    this.rejoin = page.getByRole('button', { name: 'Rejoin', exact: true });
    this.camera = new CanvasCamera(page);
  }

  /** The presenter's "Stage N of M <name>" line. */
  stageIndicator(n: number, of: number, name: string): Locator {
    return this.controls.getByText(`Stage ${n} of ${of} ${name}`, { exact: true });
  }

  /** The participants' banner while following: "<name> is presenting · <stage> — Following". */
  following(presenter: string, stage: string): Locator {
    return this.page.getByText(`${presenter} is presenting · ${stage} — Following`, {
      exact: true,
    });
  }

  /** The banner after stepping away (no stage is in this screen's spotlight then). */
  steppedAway(presenter: string): Locator {
    // The banner still names the presenter's stage, so a participant knows where to rejoin.
    return this.page.getByText(new RegExp(`^${presenter} is presenting · .+ — You stepped away$`));
  }

  /** Any "… is presenting" banner. */
  get anyBanner(): Locator {
    return this.page.getByText(/ is presenting/);
  }

  /** Starts presenting and waits for the presenter controls on the first stage. */
  async present(stages: number, first: string): Promise<void> {
    await this.presentButton.click();
    await expect(this.controls).toBeVisible();
    await expect(this.stageIndicator(1, stages, first)).toBeVisible();
  }

  /**
   * The canvas node of a stage header (React Flow's node element, labelled "Stage <name>").
   * By its label, not its role: stages out of the spotlight are inert, so out of the
   * accessibility tree.
   */
  stageNode(name: string): Locator {
    return this.page.locator(`.react-flow__node-stage[aria-label="Stage ${name}"]`);
  }

  /** Every stage header node on the canvas. */
  get stageNodes(): Locator {
    return this.page.locator('.react-flow__node-stage');
  }

  /** Waits until `lit` is the only stage header not dimmed by the spotlight. */
  async expectSpotlight(lit: string, stageCount: number): Promise<void> {
    await expect(this.stageNodes).toHaveCount(stageCount);
    await expect(this.stageNode(lit)).not.toHaveClass(/\btm-dim\b/);
    await expect(this.page.locator('.react-flow__node.tm-dim[aria-label^="Stage "]')).toHaveCount(
      stageCount - 1,
    );
  }

  /** Waits until no stage is dimmed (no spotlight on this screen). */
  async expectNoSpotlight(): Promise<void> {
    await expect(this.page.locator('.react-flow__node.tm-dim')).toHaveCount(0);
  }

  /** The display name this browser announces to others (kept in localStorage). */
  async displayName(): Promise<string> {
    const name = await this.page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('trailmap:identity') ?? '{}') as { name?: string }).name,
    );
    if (!name) throw new Error('this browser has no presence name yet');
    return name;
  }
}

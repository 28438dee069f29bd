// Inside Teams: TeamsJS (Microsoft's client SDK, the only supported way to talk to the host) gives the team, the
// locale and theme, and the SSO token. Loaded only when the page runs in Teams (a separate chunk), so a browser in
// local mode never downloads it.
import { app, authentication, pages } from '@microsoft/teams-js';

export interface HostContext {
  team?: string;
  locale: string;
  theme: string;
}

export async function start(onTheme: (theme: string) => void): Promise<HostContext> {
  await app.initialize();
  const context = await app.getContext();
  app.registerOnThemeChangeHandler(onTheme);
  app.notifySuccess();
  return { team: context.team?.internalId, locale: context.app.locale, theme: context.app.theme ?? 'default' };
}

/** The SSO token for the bot's API (TeamsJS caches it and renews it before it expires). */
export function token(): Promise<string> {
  return authentication.getAuthToken();
}

/** The configurable channel tab's settings page: one tab, the same page for every channel of the team. */
export function offerConfig(origin: string): void {
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({
        contentUrl: `${origin}/tab?inTeams=1`,
        websiteUrl: `${origin}/tab`,
        entityId: 'tovholder',
        suggestedDisplayName: 'Tovholder',
      })
      .then(
        () => save.notifySuccess(),
        (err: unknown) => save.notifyFailure(String(err)),
      );
  });
  pages.config.setValidityState(true);
}

// The bot's Bot Framework credentials, built once from the settings: the adapter checks incoming tokens with them and
// the proactive sender gets its outgoing token from them. Without an app id: anonymous (local only, see config.ts).
import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { Config } from '../config';

/** The SDK's settings record, from our validated Config. */
function authSettings(config: Config) {
  return {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appId ? config.appType : '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
  };
}

/** Issues the bot's own credentials (app secret, or managed identity): one factory for incoming and outgoing. */
export function credentialsFactory(config: Config): ConfigurationServiceClientCredentialFactory {
  return new ConfigurationServiceClientCredentialFactory(authSettings(config));
}

/** What the CloudAdapter authenticates requests with. */
export function botFrameworkAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication(authSettings(config) as Record<string, string>, credentialsFactory(config));
}

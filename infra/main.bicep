// Tovholder in Azure: the bot registration (single tenant, Teams channel), a Linux Web App on Node that runs
// dist/bot/index.js, and a Storage account whose Table service holds all data.
// Deploy: az deployment group create -g <resource-group> -f infra/main.bicep -p @infra/main.parameters.json
// The Entra app registration and its client secret are created beforehand (docs/DEPLOY.md, step 1).

@description('Prefix for resource names; the web app becomes <baseName>-<suffix>.azurewebsites.net.')
@minLength(3)
@maxLength(14)
param baseName string = 'tovholder'

@description('Azure region for the web app and storage (the bot resource itself is global).')
param location string = resourceGroup().location

@description('Application (client) ID of the Entra app registration: the bot\'s MicrosoftAppId.')
param botAppId string

@description('Client secret of that app registration: the bot\'s MicrosoftAppPassword.')
@secure()
param botAppPassword string

@description('Entra tenant of the app registration (single tenant).')
param tenantId string = subscription().tenantId

@description('Comma-separated tenant ids allowed to talk to the bot; by default only the home tenant.')
param allowedTenants string = tenantId

@description('IANA time zone for dates, reminders and digests.')
param botTimezone string = 'Europe/Copenhagen'

@description('Language of the bot\'s own messages when it cannot tell from the user: da or en.')
@allowed(['da', 'en'])
param botLanguage string = 'da'

@description('Runtime stack of the web app: a Node release line the project supports and tests (package.json engines).')
@allowed(['NODE|22-lts', 'NODE|24-lts', 'NODE|26-lts'])
param nodeVersion string = 'NODE|22-lts'

@description('App Service plan size. B1 is the smallest that supports Always On, which reminders and digests need.')
param planSku string = 'B1'

@description('Bot Service pricing tier: F0 is free and enough for Teams channels.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

var suffix = uniqueString(resourceGroup().id, baseName)
var webAppName = '${baseName}-${suffix}'
// Storage account names: 3-24 lower-case letters and digits only.
var storageName = take(toLower(replace('${baseName}${suffix}', '-', '')), 24)

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    accessTier: 'Hot'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

var tablesConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: nodeVersion
      appCommandLine: 'node --max-semi-space-size=4 --max-old-space-size=128 dist/bot/index.js'
      alwaysOn: true // reminders and the weekly digest run inside the process
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: botAppPassword }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'TABLES_CONNECTION_STRING', value: tablesConnectionString }
        { name: 'BOT_TIMEZONE', value: botTimezone }
        { name: 'BOT_LANGUAGE', value: botLanguage }
        { name: 'ALLOWED_TENANTS', value: allowedTenants }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'LOG_LEVEL', value: 'info' }
        // The package is built before upload (npm ci && npm run build && npm prune --omit=dev); no build on the server.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Tovholder'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output webAppName string = web.name
output botDomain string = web.properties.defaultHostName
output messagingEndpoint string = 'https://${web.properties.defaultHostName}/api/messages'
output storageAccountName string = storage.name
output tableEndpoint string = storage.properties.primaryEndpoints.table

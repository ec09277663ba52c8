// The Azure Static Web Apps site that serves Meetloop's static build (dist/). Meetloop has no
// backend, so this is the only Azure resource; the security headers come with the build
// (dist/staticwebapp.config.json, docs/deploy.md §3). The outputs are written by name to
// env/.env.<env> by the toolkit's arm/deploy action (https://aka.ms/teamsfx-actions/arm-deploy).
// Resource: https://learn.microsoft.com/azure/templates/microsoft.web/staticsites

@maxLength(40)
@minLength(4)
param resourceBaseName string

@allowed(['Free', 'Standard'])
param staticWebAppSku string = 'Free'

// Static content is served from Microsoft's global edge; the region holds only the site's metadata.
param location string = 'eastasia'

resource swa 'Microsoft.Web/staticSites@2022-09-01' = {
  name: resourceBaseName
  location: location
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {}
}

output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = swa.id
output TAB_DOMAIN string = swa.properties.defaultHostname

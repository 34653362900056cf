import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { loadRuntimeConfig, provideRuntimeConfig } from './app/core/config/runtime-config';

// Runtime configuration first, so every provider (and the headers interceptor) sees it.
loadRuntimeConfig(document.baseURI)
  .then((result) =>
    bootstrapApplication(App, {
      ...appConfig,
      providers: [...provideRuntimeConfig(result), ...appConfig.providers],
    }),
  )
  .catch((err: unknown) => console.error(err));

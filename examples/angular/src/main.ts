import 'reelkit'; // registers the elements
import 'reelkit/locales/de';
import 'reelkit/locales/fr';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';

bootstrapApplication(App).catch((error: unknown) => console.error(error));

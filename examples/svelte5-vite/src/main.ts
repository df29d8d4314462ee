import 'reelkit'; // registers the elements before Svelte renders them
import 'reelkit/locales/de';
import 'reelkit/locales/fr';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

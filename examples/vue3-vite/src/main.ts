import 'reelkit'; // registers the elements before Vue renders them
import 'reelkit/locales/de';
import 'reelkit/locales/fr';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

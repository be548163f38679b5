import { createApp } from 'vue';
import 'cesdk-web-components';
import type {} from 'cesdk-web-components/vue'; // template typings for <cesdk-*> (vue-tsc, Volar)
import '../../shared/example.css';
import App from './App.vue';

createApp(App).mount('#app');

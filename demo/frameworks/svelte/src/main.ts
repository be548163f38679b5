import { mount } from 'svelte';
import '../../shared/example.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

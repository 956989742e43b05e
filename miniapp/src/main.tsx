import 'zmp-ui/zaui.css';
import './ui/ui.css';
import './styles/app.css';
import { createRoot } from 'react-dom/client';
import appConfig from '../app-config.json';
import { App } from './app.tsx';
import { isInZalo } from './lib/zalo.ts';

// Zalo injects its own copy; the browser gets the one bundled with the app.
if (!window.APP_CONFIG) window.APP_CONFIG = appConfig;

if (isInZalo()) document.documentElement.classList.add('in-zalo');

createRoot(document.getElementById('app')!).render(<App />);

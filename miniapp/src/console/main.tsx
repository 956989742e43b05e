import '../ui/ui.css';
import './styles/console.css';
import { createRoot } from 'react-dom/client';
import { ConsoleApp } from './console-app.tsx';

createRoot(document.getElementById('console')!).render(<ConsoleApp />);

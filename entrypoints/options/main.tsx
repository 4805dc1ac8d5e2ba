import { render } from 'preact';
import { Dashboard } from '@/src/features/dashboard/dashboard';
import './style.css';

render(<Dashboard />, document.getElementById('app')!);

import { render } from 'preact';
import '../../components/theme.css';
import '../../components/summary.css';
import '../../components/notes.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);

import { render } from 'preact';
import '../../components/theme.css';
import '../../components/summary.css';
import '../../components/notes.css';
import './sidepanel.css';
import { SidePanelApp } from './SidePanelApp';

render(<SidePanelApp />, document.getElementById('app')!);

import { render } from 'preact';
import '../../components/theme.css';
import '../../components/summary.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);

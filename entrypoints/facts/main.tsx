import { render } from 'preact';
import '../../components/theme.css';
import '../../components/facts.css';
import { FactsApp } from './FactsApp';

render(<FactsApp search={location.search} />, document.getElementById('app')!);

import { render } from 'preact';
import '../../components/theme.css';
import '../../components/facts.css';
import { SourceApp } from './SourceApp';

render(<SourceApp search={location.search} />, document.getElementById('app')!);

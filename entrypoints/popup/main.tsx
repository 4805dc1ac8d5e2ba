import { render } from 'preact';
render(<p>Connector</p>, document.getElementById('app')!);

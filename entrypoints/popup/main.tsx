import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/src/ui/popup/Popup';
import { loadPopupData } from '@/src/ui/popup/load';
import '@/src/ui/popup/popup.css';

function openOptions() {
  void browser.runtime.openOptionsPage().then(
    () => window.close(),
    (e: unknown) => console.error('Connector: could not open the options page', e),
  );
}

render(<PopupApp load={loadPopupData} onOpenOptions={openOptions} />, document.getElementById('app')!);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { browserPopupClient } from '../../components/popup/popupClient';
import '../../components/base.css';
import './style.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PopupApp client={browserPopupClient} />
    </StrictMode>,
  );
}

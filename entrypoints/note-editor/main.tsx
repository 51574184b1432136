/**
 * The note editor frame's page (note-editor.html#<token>): a page of the extension's own origin, shown
 * in a frame inside the article by the notes UI. What the reader types here never reaches the page.
 */
import { h, render } from 'preact';
import { sendToBackground } from '../../utils/messaging';
import { EditorApp } from './EditorApp';
import './editor.css';

const token = location.hash.slice(1);
const root = document.getElementById('root');
if (root) render(h(EditorApp, { token, send: (request) => sendToBackground(request) }), root);

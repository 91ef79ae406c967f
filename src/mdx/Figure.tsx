/**
 * A figure. `src` is relative to the content file, as the validator checked it; images
 * under modules/ are collected by Vite here and looked up by their resolved path.
 */
import { useContext } from 'react'
import { FileContext } from './contexts'

const images = import.meta.glob<string>('/modules/**/*.{svg,png,jpg,jpeg,webp}', { eager: true, query: '?url', import: 'default' })

export function resolveRelative(file: string, src: string): string {
  const parts = file.split('/').slice(0, -1)
  for (const part of src.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part) parts.push(part)
  }
  return `/${parts.join('/')}`
}

export function Figure({ src, alt, caption }: { src: string; alt: string; caption?: string }) {
  const { file } = useContext(FileContext)
  const url = images[resolveRelative(file, src)]
  return (
    <figure className="figure">
      {url ? <img src={url} alt={alt} loading="lazy" /> : <p className="figure__missing">Image not found: {src}</p>}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}

import type { ReactNode } from 'react'
import { Link, NavLink, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { useAuth } from './auth'
import { AdminCertificatesPage } from './pages/AdminCertificates'
import { AdminUsersPage } from './pages/AdminUsers'
import { AccountPage } from './pages/Account'
import { LoginPage, RegisterPage } from './pages/Auth'
import { CatalogPage } from './pages/Catalog'
import { CertificatesPage } from './pages/Certificates'
import { CoursePage } from './pages/Course'
import { CourseEditorPage } from './pages/CourseEditor'
import { LearnPage } from './pages/Learn'
import { MyCoursesPage } from './pages/MyCourses'
import { ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage } from './pages/Recovery'
import { RosterPage } from './pages/Roster'
import { TeachingPage } from './pages/Teaching'
import { Loading } from './ui'

type Role = 'student' | 'instructor' | 'admin'

function RequireRole({ roles, page }: { roles?: Role[]; page: ReactNode }) {
  const { user, restoring } = useAuth()
  const location = useLocation()
  if (restoring) return <Loading label="Restoring your session…" />
  if (!user)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
  if (roles && !roles.includes(user.role)) {
    return (
      <div className="notice notice-error" role="alert">
        This page is for {roles.join(' or ')} accounts.
      </div>
    )
  }
  return page
}

function Header() {
  const { user, logout } = useAuth()
  const navigate = useNavigate()
  const teaches = user?.role === 'instructor' || user?.role === 'admin'
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            SC
          </span>
          SmartCourse
        </Link>
        <nav aria-label="Main" className="main-nav">
          <NavLink to="/" end>
            Catalog
          </NavLink>
          {user ? <NavLink to="/my-courses">My courses</NavLink> : null}
          {user ? <NavLink to="/certificates">Certificates</NavLink> : null}
          {teaches ? <NavLink to="/teach">Teaching</NavLink> : null}
          {user?.role === 'admin' ? <NavLink to="/admin/users">Users</NavLink> : null}
          {user?.role === 'admin' ? <NavLink to="/admin/certificates">Issue &amp; revoke</NavLink> : null}
        </nav>
        <div className="account">
          {user ? (
            <>
              <Link to="/account" className="account-name" title={`${user.email}: your account`}>
                {user.first_name || user.username}
                <small> · {user.role}</small>
              </Link>
              <button
                type="button"
                className="button button-ghost"
                onClick={() => {
                  // Leave the signed-in page first, so it does not redirect to the login on its own.
                  navigate('/login?message=You%20are%20logged%20out.')
                  void logout()
                }}
              >
                Log out
              </button>
            </>
          ) : (
            <>
              <Link to="/login" className="button button-ghost">
                Log in
              </Link>
              <Link to="/register" className="button">
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  )
}

export function App() {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Header />
      <main id="main" className="container" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<CatalogPage />} />
          <Route path="/courses/:id" element={<CoursePage />} />
          <Route path="/login" element={<LoginPage />} />
          <Route path="/register" element={<RegisterPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          <Route path="/verify-email" element={<VerifyEmailPage />} />
          <Route path="/account" element={<RequireRole page={<AccountPage />} />} />
          <Route path="/my-courses" element={<RequireRole page={<MyCoursesPage />} />} />
          <Route path="/learn/:enrollmentId" element={<RequireRole page={<LearnPage />} />} />
          <Route path="/certificates" element={<RequireRole page={<CertificatesPage />} />} />
          <Route
            path="/teach"
            element={<RequireRole roles={['instructor', 'admin']} page={<TeachingPage />} />}
          />
          <Route
            path="/teach/new"
            element={<RequireRole roles={['instructor', 'admin']} page={<CourseEditorPage />} />}
          />
          <Route
            path="/teach/:id"
            element={<RequireRole roles={['instructor', 'admin']} page={<CourseEditorPage />} />}
          />
          <Route
            path="/teach/:id/roster"
            element={<RequireRole roles={['instructor', 'admin']} page={<RosterPage />} />}
          />
          <Route path="/admin/users" element={<RequireRole roles={['admin']} page={<AdminUsersPage />} />} />
          <Route
            path="/admin/certificates"
            element={<RequireRole roles={['admin']} page={<AdminCertificatesPage />} />}
          />
          <Route
            path="*"
            element={
              <div className="notice notice-error" role="alert">
                This page does not exist. <Link to="/">Back to the catalog</Link>
              </div>
            }
          />
        </Routes>
      </main>
      <footer className="site-footer container">
        SmartCourse · <a href="/docs">API docs</a>
      </footer>
    </>
  )
}

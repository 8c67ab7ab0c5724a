# Installation layout and packages (included last from the top CMakeLists.txt).
#
#   cmake --build build && cd build && cpack -G DEB      -> connector-signin_<v>-1_<arch>.deb
#
# Linux: a Debian package from CPack (dpkg-shlibdeps computes the Qt dependencies,
# debconf carries the silent configuration). Windows: installer/windows/*.wxs is built
# with WiX or wixl from windeployqt's output; macOS: installer/macos/ holds the bundle
# Info.plist and a managed-preferences example. docs/INSTALL.md explains all three.
include(GNUInstallDirs)

set(SIGNIN_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(SIGNIN_PACKAGE_NAME connector-signin)

# The window program and the login window are helpers, not commands people type
# (people run `connector-signin`, which execs the window): on Linux they live in
# libexec, where HelperProgram looks (next to the program, then
# ../libexec/connector-signin/). Elsewhere they sit next to the command line.
foreach(helper connector-signin-window connector-signin-login)
    if(TARGET ${helper})
        if(UNIX AND NOT APPLE)
            install(TARGETS ${helper}
                    RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/${SIGNIN_PACKAGE_NAME})
        else()
            install(TARGETS ${helper} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        endif()
    endif()
endforeach()

if(APPLE AND TARGET connector-signin-window)
    # The bundle is the window program (only when built with MACOSX_BUNDLE ON).
    set(SIGNIN_BUNDLE_ID io.github.connectorsignin.ConnectorSignIn)
    configure_file(${SIGNIN_INSTALLER_DIR}/macos/Info.plist.in
                   ${PROJECT_BINARY_DIR}/installer/Info.plist @ONLY)
    set_target_properties(connector-signin-window PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_BINARY_DIR}/installer/Info.plist)
endif()

if(UNIX AND NOT APPLE)
    # Debian wants 0755 directories whatever the builder's umask is.
    set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
        OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

    set(resources ${PROJECT_SOURCE_DIR}/resources)
    install(FILES ${resources}/linux/connector-signin.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${resources}/linux/io.github.connectorsignin.ConnectorSignIn.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${resources}/icons/connector-signin.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # Rendered PNGs are committed (installer/render-icons.sh) so builds need no converter.
    foreach(size 16 24 32 48 64 128 256)
        install(FILES ${resources}/icons/hicolor/${size}x${size}/apps/connector-signin.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # Debian's documentation set: DEP-5 copyright, a changelog.Debian.gz matching the
    # package version, a man page. gzip -n: no timestamp, so rebuilds are identical.
    set(SIGNIN_DEB_RELEASE 1)
    set(SIGNIN_DEB_VERSION ${PROJECT_VERSION}-${SIGNIN_DEB_RELEASE})
    if(NOT CPACK_DEBIAN_PACKAGE_MAINTAINER)
        # Override with -DCPACK_DEBIAN_PACKAGE_MAINTAINER="Name <mail>" for real releases.
        set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Connector Sign-In authors <packaging@connectorsignin.example.org>")
    endif()
    # Honours SOURCE_DATE_EPOCH, so reproducible builds get a fixed date.
    string(TIMESTAMP SIGNIN_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
    set(deb_out ${PROJECT_BINARY_DIR}/installer/debian)
    set(docdir ${CMAKE_INSTALL_DATADIR}/doc/${SIGNIN_PACKAGE_NAME})
    configure_file(${SIGNIN_INSTALLER_DIR}/debian/changelog.in ${deb_out}/changelog.Debian @ONLY)
    configure_file(${SIGNIN_INSTALLER_DIR}/debian/connector-signin.1.in ${deb_out}/connector-signin.1 @ONLY)
    find_program(SIGNIN_GZIP gzip)
    if(SIGNIN_GZIP)
        foreach(file changelog.Debian connector-signin.1)
            execute_process(COMMAND ${SIGNIN_GZIP} -9nc ${deb_out}/${file}
                            OUTPUT_FILE ${deb_out}/${file}.gz COMMAND_ERROR_IS_FATAL ANY)
        endforeach()
        install(FILES ${deb_out}/changelog.Debian.gz DESTINATION ${docdir})
        install(FILES ${deb_out}/connector-signin.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
    install(FILES ${SIGNIN_INSTALLER_DIR}/debian/copyright DESTINATION ${docdir})
    # Deployment notes for administrators (not build instructions, which is what
    # Debian expects a file called INSTALL to be, hence the new name).
    install(FILES ${PROJECT_SOURCE_DIR}/docs/INSTALL.md DESTINATION ${docdir} RENAME DEPLOYMENT.md)
    install(FILES ${SIGNIN_INSTALLER_DIR}/debian/lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${SIGNIN_PACKAGE_NAME})

    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_PACKAGE_NAME ${SIGNIN_PACKAGE_NAME})
    set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${SIGNIN_DEB_RELEASE})
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    # dpkg-shlibdeps adds the Qt and QtKeychain libraries; the maintainer scripts
    # use debconf. A Secret Service provider is what keeps the refresh token: any of
    # them works, so it is a recommendation, not a dependency (KDE brings KWallet).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "debconf (>= 0.5) | debconf-2.0")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
        ${SIGNIN_INSTALLER_DIR}/debian/config
        ${SIGNIN_INSTALLER_DIR}/debian/templates
        ${SIGNIN_INSTALLER_DIR}/debian/postinst
        ${SIGNIN_INSTALLER_DIR}/debian/prerm
        ${SIGNIN_INSTALLER_DIR}/debian/postrm)
    # 0755 for scripts, 0644 for templates, whatever the checkout's modes are.
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
else()
    set(CPACK_GENERATOR ZIP)
endif()

set(CPACK_PACKAGE_NAME ${SIGNIN_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "Connector Sign-In authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Auth0 sign-in for a Power BI custom data connector")
# Debian wants description lines within 80 columns: keep them short.
set(CPACK_PACKAGE_DESCRIPTION
"Connector Sign-In signs a person in once to an organisation's Auth0
tenant for a Power BI custom data connector (OAuth 2.0 authorization
code with PKCE, as a public client), keeps the refresh token in the
desktop keychain through the Secret Service, and refreshes the session
in the background.

It has a status window and a command line for support staff.
Administrators can preconfigure the tenant silently with debconf or
/etc/connector-signin/deploy.conf.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

include(CPack)
